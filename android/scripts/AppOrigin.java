import java.lang.reflect.Field;

/**
 * Prints the origin and start URL the built wrapper gives the bridge to, read from the built classes
 * on the JVM (PwaConfig and what it uses are plain Java), so verify.sh checks what was compiled, not
 * the sources. Usage: java -cp android/build/classes AppOrigin.java
 */
public final class AppOrigin {
  public static void main(String[] args) throws Exception {
    Class<?> config = Class.forName("app.peertext.android.PwaConfig");
    for (String name : new String[] {"ORIGIN", "URL", "FROM_APK"}) {
      Field field = config.getDeclaredField(name);
      field.setAccessible(true);
      System.out.println(name + "=" + field.get(null));
    }
  }
}
