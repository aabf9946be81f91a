import type { Message } from './message';

/**
 * Every sentence the phone app shows, in English: the catalogue the others follow, key for key.
 * {name} is filled in by t(); an entry with `one`/`other` is picked by {count}.
 */
export const en = {
  'app.name': 'PeerText',
  'app.description': 'Send texts from your computer through this phone.',
  'list.separator': ', ',
  'notice.times': { one: '', other: ' ({count} times)' },
  'notice.dismiss': 'Dismiss',
  'notice.startFailed': 'Could not start on this phone. Reload the page to try again',
  'notice.connectFailed': '{name}: could not connect',
  'notice.stranger': 'An unknown device tried to connect to this phone. It was refused.',
  'notice.refused': '{name}: connection refused ({message})',
  'notice.refusedPhone': '{name} refused this phone: {why}',
  'notice.unpaired': '{name} unpaired this phone.',
  'notSecure.title': 'PeerText cannot start here',
  'notSecure.text':
    'This address ({address}) is not a secure connection, so this browser keeps from PeerText what it needs: ' +
    'encryption keys, the camera and offline use. Install the PeerText Android app (it carries this page ' +
    'inside it), or open PeerText at the https:// address of your signaling server.',
  'bridge.native': 'Texts are sent by this phone on its own.',
  'bridge.smsLink': 'Texts open in your SMS app: tap each one, then press send there.',
  'bridge.detecting': 'Looking for the PeerText Android app…',
  'bridge.restricted': 'Android blocked SMS for PeerText: see below.',
  'bridge.noSendPermission': 'PeerText may not send SMS yet: allow SMS in the app’s settings.',
  'restricted.title': 'Android blocked SMS for PeerText',
  'restricted.text':
    'Android refuses SMS access to apps installed from a file until you allow it. PeerText cannot send or ' +
    'receive texts until then.',
  'restricted.step1': 'Open Settings → Apps → PeerText (App info).',
  'restricted.step2': 'Tap ⋮ at the top right, then “Allow restricted settings”, and confirm.',
  'restricted.step3': 'In App info, open Permissions → SMS and choose Allow.',
  'restricted.step4': 'Come back here and tap Check again.',
  'restricted.hint': 'The names of these menus differ a little between phones.',
  'restricted.recheck': 'Check again',
  'update.ready': 'A new version of PeerText is ready.',
  'update.reload': 'Reload to update',
  'rcs.title': 'RCS chats stay on this phone',
  'rcs.text1':
    'Android hands RCS chats (“chat messages”) only to the default SMS app, such as Google Messages, not to ' +
    'PeerText. Those conversations will not appear on your computer; texts that arrive as SMS do. What you ' +
    'send from the computer always goes as SMS.',
  'rcs.text2':
    'To get your contacts’ texts as SMS, turn chat features off: in Google Messages, Settings → RCS chats (or ' +
    '“Chat features”) → off. It can take a while before other phones notice. For one contact only: in that ' +
    'conversation, ⋮ → Details → “Send SMS/MMS messages only”, if your Messages app offers it.',
  'rcs.hint': 'Menu names differ between phones and app versions.',
  'rcs.dismiss': 'Got it',
  'pairing.title': 'Pair a computer',
  'pairing.linkTitle': 'Pairing link',
  'pairing.close': 'Close',
  'pairing.ask': 'Pair with {name}? It will be able to send texts from this phone.',
  'pairing.thisComputer': 'this computer',
  'pairing.server': 'Through the server {server}',
  'pairing.newServerOthers': 'None of your paired computers uses this server. ',
  'pairing.newServer':
    'Pair only if you just opened pairing on your own computer and it shows this same server.',
  'pairing.replaces': 'This replaces {name}, paired on {date}: that pairing ends.',
  'pairing.replace': 'Replace',
  'pairing.pair': 'Pair',
  'pairing.notNow': 'Not now',
  'link.noInfo': 'This link has no pairing information.',
  'link.tooLong': 'This pairing link is too long.',
  'link.damaged': 'This pairing link is damaged: open it again from the extension.',
  'scanner.scan': 'Scan the QR code',
  'scanner.cancel': 'Cancel',
  'scanner.noCamera': 'PeerText cannot use the camera. Allow it, or open the link or type the code instead.',
  'scanner.notPairing': 'This QR code is not a PeerText pairing code.',
  'code.title': 'Pair with a code',
  'code.hint': 'No camera? In the PeerText extension choose “Use a code”, and type it here.',
  'code.placeholder': 'ABCD-2345',
  'code.label': 'Pairing code',
  'code.pair': 'Pair',
  'code.badFormat': 'A code has 8 letters and digits, like ABCD-2345.',
  'code.tooMany': 'Too many tries. Wait a minute and try again.',
  'code.unknown': 'That code is unknown or has expired. Ask the computer for a new one.',
  'code.unreachable': 'Cannot reach the signaling server.',
  'code.alreadyPaired': 'This code leads to {name}, already paired with this phone.',
  'sas.title': 'Check the numbers',
  'sas.ask': 'Does {device} show this number?',
  'sas.waiting': 'Now confirm on the computer too.',
  'sas.differs': 'It differs',
  'sas.matches': 'It matches',
  'computers.title': 'Computers',
  'computers.unnamed': 'Computer',
  'computers.empty':
    'No computer yet. In the PeerText browser extension, open the pairing link or scan its QR code with this phone.',
  'computers.checking': 'Compare the numbers to finish pairing',
  'computers.connected': 'Connected',
  'computers.connecting': 'Connecting…',
  'computers.offline': 'Not reachable, retrying',
  'computers.notPairedYet': 'Not paired until both screens confirm the numbers',
  'computers.pairedAt': 'Paired {when}',
  'computers.unpair': 'Unpair',
  'computers.removeRequests': 'Unpairing also removes that computer’s send requests from this phone',
  'computers.upToDate': 'Has all your texts',
  'computers.syncing': 'Getting your texts…',
  'computers.syncedAt': 'Had all your texts at {when}',
  'computers.neverSynced': 'Has not had your texts yet',
  'computers.confirmUnpair': 'Unpair {name}? It will no longer be able to send texts from this phone. {what}',
  'computers.confirmRemove':
    'The texts it asked this phone to send are removed from PeerText here; your SMS app keeps them.',
  'computers.confirmKeep': 'The texts it asked this phone to send stay listed here.',
  'conversations.title': 'Conversations',
  'conversations.empty': 'Your texts appear here once the app has read them from the phone.',
  'conversations.you': 'You: ',
  'thread.back': '← Back',
  'requests.title': 'Sent from your computers',
  'requests.empty': 'Texts your computer sends through this phone show up here.',
  'requests.needsOk': 'Needs your OK',
  'requests.tapToSend': 'Tap to send',
  'requests.from': 'from {name}',
  'requests.deleted': 'Deleted on this phone',
  'requests.refuse': "Don't send",
  'requests.confirm': 'Send it',
  'requests.openSms': 'Open in SMS app',
  'requests.cannotSend': 'This phone cannot send by itself: tap, then press send in your SMS app.',
  'state.queued': 'Queued',
  'state.on-phone': 'On phone',
  'state.handed-off': 'Opened in SMS app',
  'state.sent': 'Sent',
  'state.delivered': 'Delivered',
  'state.failed': 'Failed',
  'state.unknown': 'Unknown: check your phone',
  'guards.title': 'Limits for each computer',
  'guards.intro':
    'A paired computer can only ask this phone for so many SMS (a long text is several). Short codes, ' +
    'premium-rate, satellite and other costly numbers, numbers outside your countries and more than 5 new ' +
    'recipients in 10 minutes always wait for your OK here.',
  'guards.perTenMinutes': 'SMS per 10 minutes',
  'guards.perDay': 'SMS per day',
  'guards.totalPerDay': 'SMS per day, all computers',
  'guards.countries': 'Countries you text',
  'guards.countriesPlaceholder': 'e.g. GB, FR',
  'guards.countriesNamed': 'Texts to other countries wait for your OK: {names} only.',
  'guards.noCountries': 'No countries set: texts abroad are not held.',
  'guards.save': 'Save limits',
  'guards.badLimit': 'Each limit is a whole number from 1 to {max}.',
  'guards.saved': 'Saved. The new limits apply to the next text.',
  'guards.noCountry': 'Enter at least one country, as a two-letter code such as GB.',
  'guards.unknownCountry': '"{code}" is not a country code: use two letters, such as GB or FR.',
} as const satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
/** What every other language's catalogue is: each key of the English one, none missing, none extra. */
export type Catalogue = Readonly<Record<MessageKey, Message>>;
