import { siteSuite } from './flows';

siteSuite('linkedin');
