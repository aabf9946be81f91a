import { startLink } from '../../lib/start-link';

void startLink();
