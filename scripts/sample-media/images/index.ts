/** Every picture the sample content refers to, district by district. */
import type { Spec } from '../spec.ts';
import { biella } from './biella.ts';
import { brianza } from './brianza.ts';
import { caltagirone } from './caltagirone.ts';
import { fermo } from './fermo.ts';
import { gragnano } from './gragnano.ts';
import { murgia } from './murgia.ts';
import { prato } from './prato.ts';
import { sassuolo } from './sassuolo.ts';
import { vicenza } from './vicenza.ts';

export const specs: Spec[] = [...sassuolo, ...vicenza, ...prato, ...biella, ...fermo, ...gragnano, ...murgia, ...caltagirone, ...brianza];
