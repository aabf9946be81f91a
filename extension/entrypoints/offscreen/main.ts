import { startEndpoint } from '../../lib/start-endpoint';

void startEndpoint();
