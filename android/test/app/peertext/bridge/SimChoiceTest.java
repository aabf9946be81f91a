package app.peertext.bridge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;

public class SimChoiceTest {
  private static final List<Integer> DUAL = Arrays.asList(1, 2);

  private static void noSim(Long requested, int defaultSms, List<Integer> active) {
    try {
      SimChoice.choose(requested, defaultSms, active);
      fail("expected no-sim");
    } catch (BridgeFailure failure) {
      assertEquals("no-sim", failure.code());
    }
  }

  @Test
  public void anExplicitSimWins() throws Exception {
    assertEquals(2, SimChoice.choose(2L, 1, DUAL));
    assertEquals(2, SimChoice.choose(2L, SimChoice.INVALID, DUAL));
  }

  @Test
  public void anExplicitSimMustBeActive() {
    noSim(3L, 1, DUAL);
    noSim(1L + Integer.MAX_VALUE, 1, DUAL);
  }

  @Test
  public void withoutPhoneStateTheExplicitSimIsTrusted() throws Exception {
    assertEquals(5, SimChoice.choose(5L, 1, null));
  }

  @Test
  public void theDefaultSmsSimOtherwise() throws Exception {
    assertEquals(1, SimChoice.choose(null, 1, DUAL));
    assertEquals(1, SimChoice.choose(null, 1, null));
  }

  @Test
  public void askEveryTimeWithOneSimUsesIt() throws Exception {
    assertEquals(7, SimChoice.choose(null, SimChoice.INVALID, Arrays.asList(7)));
    assertEquals(7, SimChoice.choose(null, Integer.MAX_VALUE, Arrays.asList(7)));
  }

  @Test
  public void askEveryTimeWithTwoSimsIsRefusedNotGuessed() {
    noSim(null, SimChoice.INVALID, DUAL);
    noSim(null, SimChoice.INVALID, null);
  }

  @Test
  public void noSimAtAll() {
    noSim(null, SimChoice.INVALID, new ArrayList<Integer>());
    noSim(null, 4, new ArrayList<Integer>());
  }
}
