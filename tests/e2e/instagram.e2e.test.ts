import { siteSuite } from './flows';

siteSuite('instagram');
