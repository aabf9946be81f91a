package app.peertext.bridge;

import java.util.ArrayList;
import java.util.List;
import org.junit.runner.Description;
import org.junit.runner.JUnitCore;
import org.junit.runner.Result;
import org.junit.runner.notification.Failure;
import org.junit.runner.notification.RunListener;

/** Runs the given JUnit 4 classes and ends with the plain "N passed, N failed" line CI reads. */
public final class TestMain {
  private TestMain() {}

  public static void main(String[] args) throws ClassNotFoundException {
    List<Class<?>> classes = new ArrayList<Class<?>>();
    for (String name : args) classes.add(Class.forName(name));
    JUnitCore core = new JUnitCore();
    final List<String> failedNames = new ArrayList<String>();
    core.addListener(
        new RunListener() {
          @Override
          public void testFailure(Failure failure) {
            failedNames.add(failure.getDescription().getDisplayName());
            System.out.println("FAIL " + failure.getDescription().getDisplayName());
            String[] trace = failure.getTrace().split("\n");
            for (int i = 0; i < Math.min(trace.length, 8); i++) System.out.println("     " + trace[i]);
          }

          @Override
          public void testFinished(Description description) {
            if (!failedNames.contains(description.getDisplayName())) {
              System.out.println("ok   " + description.getDisplayName());
            }
          }
        });
    Result result = core.run(classes.toArray(new Class<?>[0]));
    int failed = result.getFailureCount();
    int skipped = result.getIgnoreCount();
    int passed = result.getRunCount() - failed;
    System.out.println();
    System.out.println(passed + " passed, " + failed + " failed" + (skipped > 0 ? ", " + skipped + " skipped" : ""));
    System.exit(failed == 0 && result.getRunCount() > 0 ? 0 : 1);
  }
}
