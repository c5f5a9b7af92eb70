export * from './premises-timeline.rules';
export * from './premises-timeline.service';
export * from './premises-timeline.types';
export * from './timeline.module';
import { PremisesTimelineResolver } from './premises-timeline.resolver';
export const timelineResolvers = [PremisesTimelineResolver];
