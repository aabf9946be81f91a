package app.peertext.android;

import android.content.Context;
import android.database.Cursor;
import android.net.Uri;
import android.provider.ContactsContract;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Names for numbers through PhoneLookup, which matches numbers the way the dialer does (needs READ_CONTACTS). */
final class ContactLookup {
  private static final String[] NAME = {ContactsContract.PhoneLookup.DISPLAY_NAME};

  private ContactLookup() {}

  static List<String[]> find(Context context, List<String> numbers) {
    List<String[]> found = new ArrayList<String[]>();
    for (String number : new LinkedHashSet<String>(numbers)) {
      Uri uri = Uri.withAppendedPath(ContactsContract.PhoneLookup.CONTENT_FILTER_URI, Uri.encode(number));
      Cursor cursor = context.getContentResolver().query(uri, NAME, null, null, null);
      if (cursor == null) continue;
      try {
        while (cursor.moveToNext()) {
          String name = cursor.getString(0);
          if (name != null && name.length() > 0) {
            found.add(new String[] {number, name});
            break;
          }
        }
      } finally {
        cursor.close();
      }
    }
    return found;
  }
}
