package app.peertext.bridge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.Test;

public class ResultsTest {
  private static List<InboxRow> rows(long from, int count) {
    List<InboxRow> rows = new ArrayList<InboxRow>();
    for (long id = from; id < from + count; id++) rows.add(new InboxRow(id, 1, "1", "b", id, true, null));
    return rows;
  }

  @Test
  public void aFullPageWithMoreBehindIsNotDone() throws Exception {
    JSONObject page = Results.inboxPage(rows(5, 11), 4, 10);
    assertEquals(10, page.getJSONArray("messages").length());
    assertEquals(14, page.getLong("nextAfterId"));
    assertFalse(page.getBoolean("done"));
  }

  @Test
  public void theLastPageIsDone() throws Exception {
    JSONObject page = Results.inboxPage(rows(5, 10), 4, 10);
    assertEquals(10, page.getJSONArray("messages").length());
    assertTrue(page.getBoolean("done"));
  }

  @Test
  public void anEmptyPageKeepsTheCursor() throws Exception {
    JSONObject page = Results.inboxPage(new ArrayList<InboxRow>(), 77, 10);
    assertEquals(0, page.getJSONArray("messages").length());
    assertEquals(77, page.getLong("nextAfterId"));
    assertTrue(page.getBoolean("done"));
  }

  @Test
  public void rowsNormaliseProviderOddities() throws Exception {
    InboxRow row = new InboxRow(3, InboxRow.TYPE_SENT, null, null, 9, false, Integer.valueOf(-1));
    JSONObject json = Results.inboxMessage(row);
    assertEquals("sent", json.getString("box"));
    assertEquals("", json.getString("address"));
    assertEquals("", json.getString("body"));
    assertFalse(json.has("simId"));
  }

  @Test
  public void simsLeaveOutUnknownNumbers() throws Exception {
    List<Sim> sims = new ArrayList<Sim>();
    sims.add(new Sim(1, 0, null, null, Boolean.FALSE));
    JSONObject sim = Results.sims(sims).getJSONArray("sims").getJSONObject(0);
    assertEquals("", sim.getString("carrier"));
    assertFalse(sim.has("number"));
  }

  @Test
  public void simsMarkTheDefaultForSms() throws Exception {
    List<Sim> sims = new ArrayList<Sim>();
    sims.add(new Sim(1, 0, "Vodafone", null, Boolean.FALSE));
    sims.add(new Sim(2, 1, "O2", null, Boolean.TRUE));
    JSONArray list = Results.sims(sims).getJSONArray("sims");
    assertFalse(list.getJSONObject(0).getBoolean("default"));
    assertTrue(list.getJSONObject(1).getBoolean("default"));
  }

  @Test
  public void optionalFieldsAreAbsentNotNull() throws Exception {
    JSONObject status = Events.smsStatus("m", 0, 1, "sent", null, null).getJSONObject("data");
    assertFalse(status.has("resultCode"));
    assertFalse(status.has("reason"));
    assertFalse(Results.send("m", "sent", 1, false, null).has("reason"));
    assertFalse(Events.smsReceived("i", "1", "b", 1, null).getJSONObject("data").has("simId"));
  }
}
