import '../../components/pt-options';
import { i18n } from '../../lib/i18n';

// The page's title in the browser's language (the HTML's is the English one, before this runs).
document.title = i18n.t('options.title');
