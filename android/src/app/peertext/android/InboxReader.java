package app.peertext.android;

import android.content.Context;
import android.database.Cursor;
import android.net.Uri;
import app.peertext.bridge.InboxRow;
import java.util.ArrayList;
import java.util.List;

/** Rows of content://sms, inbox and sent only, after an id and in id order (needs READ_SMS). */
final class InboxReader {
  private static final Uri SMS = Uri.parse("content://sms");
  private static final String[] COLUMNS = {"_id", "type", "address", "body", "date", "read", "sub_id"};
  private static final String WHERE = "_id > ? AND type IN (" + InboxRow.TYPE_INBOX + ", " + InboxRow.TYPE_SENT + ")";

  private InboxReader() {}

  /** Just the ids of the same rows, in order: which texts still exist. */
  static List<Long> ids(Context context, long afterId, int max) {
    String[] args = {String.valueOf(afterId)};
    Cursor cursor = context.getContentResolver().query(SMS, new String[] {"_id"}, WHERE, args, "_id ASC");
    List<Long> ids = new ArrayList<Long>();
    if (cursor == null) return ids;
    try {
      while (ids.size() < max && cursor.moveToNext()) ids.add(Long.valueOf(cursor.getLong(0)));
    } finally {
      cursor.close();
    }
    return ids;
  }

  static List<InboxRow> read(Context context, long afterId, int max) {
    String[] args = {String.valueOf(afterId)};
    Cursor cursor;
    try {
      cursor = context.getContentResolver().query(SMS, COLUMNS, WHERE, args, "_id ASC");
    } catch (SecurityException e) {
      throw e;
    } catch (RuntimeException e) {
      // Some vendors' providers have no sub_id column; read without the SIM then.
      String[] withoutSim = new String[COLUMNS.length - 1];
      System.arraycopy(COLUMNS, 0, withoutSim, 0, withoutSim.length);
      cursor = context.getContentResolver().query(SMS, withoutSim, WHERE, args, "_id ASC");
    }
    List<InboxRow> rows = new ArrayList<InboxRow>();
    if (cursor == null) return rows;
    try {
      int sim = cursor.getColumnIndex("sub_id");
      // Rows are read lazily from the cursor, so stopping at `max` keeps a big inbox cheap.
      while (rows.size() < max && cursor.moveToNext()) {
        Integer simId = sim < 0 || cursor.isNull(sim) ? null : Integer.valueOf(cursor.getInt(sim));
        rows.add(
            new InboxRow(
                cursor.getLong(0),
                cursor.getInt(1),
                cursor.getString(2),
                cursor.getString(3),
                cursor.getLong(4),
                cursor.getInt(5) != 0,
                simId));
      }
    } finally {
      cursor.close();
    }
    return rows;
  }
}
