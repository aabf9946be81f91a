// The full-tab view of conversations (components/pt-tab-view.ts), opened from the popup's header
// and by a notification's click; WXT builds it as an unlisted page, tab.html.
import '../../components/pt-tab-view';
