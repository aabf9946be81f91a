import app.peertext.bridge.AppAssets;
import java.io.BufferedReader;
import java.io.InputStreamReader;

/**
 * Reads the APK's file names on stdin and prints each file under assets/app/ that the built
 * AppAssets would not serve at its own URL (an unknown type or a name it refuses), so a phone app
 * file that would be a 404 in the wrapper fails verify.sh. Usage:
 * unzip -Z1 APK | java -cp android/build/classes ServableAssets.java
 */
public final class ServableAssets {
  public static void main(String[] args) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, "UTF-8"));
    String prefix = "assets/" + AppAssets.ASSET_DIR;
    int files = 0;
    for (String line; (line = in.readLine()) != null; ) {
      if (!line.startsWith(prefix) || line.endsWith("/")) continue;
      files++;
      String path = line.substring(prefix.length());
      AppAssets.Answer answer = AppAssets.lookup(AppAssets.ORIGIN + "/" + path);
      if (answer == null || !path.equals(answer.path)) System.out.println("not served: " + path);
    }
    System.out.println("files=" + files);
  }
}
