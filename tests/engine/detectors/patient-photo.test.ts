import { describe, expect, it } from 'vitest';
import { excerptsWith } from './find-with';

const photo = excerptsWith({ kind: 'patient-photo', photoWords: ['@photo-words'], context: { terms: ['@care-context', '@conditions'], within: 30 } });

describe('patient-photo detector', () => {
  it.each([
    ['Pic of Mr T taking his first steps since his stroke', 'Pic of Mr T'],
    ['the patients LOVED the carols on the ward! Swipe for pics of everyone in their Santa hats', 'Swipe for pics of everyone'],
    ['Our little superhero rang the bell on the children’s ward, pic of him with the bell', 'pic of him'],
    ['Throwback to our party on Ward 3 🎄 patients and staff all joined in with the conga! 📸💃', 'patients and staff all joined in with the conga! 📸'],
    ['Took a selfie with my favourite patient before she went home from the ward', 'selfie with my favourite patient'],
    ['Got a photo of her with the bell on the ward, so proud', 'photo of her'],
    ['Our patients enjoying the sunshine in the ward garden today ☀️ 📸', 'patients enjoying the sunshine in the ward garden today ☀️ 📸'],
  ])('finds the photo in "%s"', (text, found) => {
    expect(photo(text)).toEqual([found]);
  });

  it.each([
    "Pic of JM's card to the team #palliativecare",
    "Swipe for the before & after of Mr K's leg ulcer on the ward",
    'Selfie at the nurses station before handover on the ward',
    "A busy morning on Ward 9! 📸 Our team at the nurses' station, that's our patient board behind them",
    'Photo of him with the bell at his school sports day',
    'Protect yourself, your family and your patients this winter',
    "Pic of my patient's thank-you card, made my week on the ward",
    'Our patients can now video call their families from every bed on the ward',
    'Pics of the new patient lounge on the ward are up on our website',
    'My patient on the ward showed me photos of her new granddaughter',
  ])('leaves "%s" alone', (text) => {
    expect(photo(text)).toEqual([]);
  });
});
