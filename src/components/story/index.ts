/** The components every story may use without importing them (see STORY_COMPONENTS in the MDX lint). */
import PullQuote from './PullQuote.astro';
import FactBox from './FactBox.astro';
import Figure from './Figure.astro';

export const storyComponents = { PullQuote, FactBox, Figure };
