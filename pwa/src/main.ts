// First import: the Android wrapper's handshake may arrive before anything else has loaded.
import './bridge/detect-bridge';
import './components/pt-phone-app';
import { startLanguage } from './i18n/start-language';
import { showNotSecure } from './not-secure';
import { PhoneService } from './phone/phone-service';
import { registerUpdates } from './update/register-updates';

// The language is chosen once, before anything is shown (the Chinese catalogue loads only for Chinese).
await startLanguage();
if (isSecureContext) start();
else showNotSecure(document);

function start(): void {
  const service = new PhoneService();
  const app = document.createElement('pt-phone-app');
  app.service = service;
  document.body.append(app);
  registerUpdates((reload) => {
    app.reloadToUpdate = reload;
  });
  // A failed start is logged and shown on the screen by the service itself.
  // `data-started` lets a test (and a curious person) see that the boot finished, and how.
  void service.start().then(
    () => app.setAttribute('data-started', 'yes'),
    () => app.setAttribute('data-started', 'failed'),
  );
}
