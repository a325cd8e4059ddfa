import { describe, expect, it } from 'vitest';
import { excerptsWith } from './find-with';

const email = excerptsWith({ kind: 'email', allowDomains: ['nhs.net'] });

describe('email detector', () => {
  it.each(['jean.p1941@gmail.com', 'd.smith@hotmail.co.uk', 'first_last+ward@example.org'])('finds %s', (address) => {
    expect(email(`email ${address} please`)).toEqual([address]);
  });

  it.each(['Follow @JohnSmith84', 'name at nhs dot net', 'pals@nhs.net', 'team.mailbox@trust.nhs.net', 'price@5 each'])(
    'leaves "%s" alone',
    (text) => expect(email(text)).toEqual([]),
  );
});
