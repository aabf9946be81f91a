// First import: the Android wrapper's handshake may arrive before anything else has loaded.
import './bridge/detect-bridge';
import './components/pt-phone-app';
import { PhoneService } from './phone/phone-service';
import { registerUpdates } from './update/register-updates';

const service = new PhoneService();
const app = document.createElement('pt-phone-app');
app.service = service;
document.body.append(app);
registerUpdates((reload) => {
  app.reloadToUpdate = reload;
});
// A failed start is logged and shown on the screen by the service itself.
void service.start().catch(() => undefined);
