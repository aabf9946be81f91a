import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Rewrites one integer attribute value in an APK's compiled AndroidManifest.xml and writes the
 * manifest to a file (build.sh puts it back with aapt). Needed because the only framework
 * resources available to aapt2 are API 29's: they do not know foregroundServiceType's
 * remoteMessaging flag (API 34), and aapt2 refuses a number for a flags attribute. So the
 * manifest says connectedDevice and this sets the value to connectedDevice|remoteMessaging.
 *
 * Usage: java ManifestFlag.java APK OUT ATTR_ID OLD NEW   (numbers in hex, e.g. 0x01010599 0x10 0x210)
 * Exactly one attribute with that id and value must be found, or it fails.
 */
public final class ManifestFlag {
  private static final int RES_XML_RESOURCE_MAP_TYPE = 0x0180;
  private static final int RES_XML_START_ELEMENT_TYPE = 0x0102;
  private static final int TYPE_INT_HEX = 0x11;

  public static void main(String[] args) throws Exception {
    if (args.length != 5) throw new IllegalArgumentException("usage: APK OUT ATTR_ID OLD NEW");
    int attrId = Integer.decode(args[2]);
    int oldValue = Integer.decode(args[3]);
    int newValue = Integer.decode(args[4]);
    byte[] xml;
    try (ZipFile apk = new ZipFile(args[0])) {
      ZipEntry entry = apk.getEntry("AndroidManifest.xml");
      if (entry == null) throw new IllegalStateException("no AndroidManifest.xml in " + args[0]);
      try (InputStream in = apk.getInputStream(entry)) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        xml = out.toByteArray();
      }
    }
    int patched = patch(ByteBuffer.wrap(xml).order(ByteOrder.LITTLE_ENDIAN), attrId, oldValue, newValue);
    if (patched != 1) {
      throw new IllegalStateException(
          "expected one attribute 0x" + Integer.toHexString(attrId) + "=0x" + Integer.toHexString(oldValue)
              + ", found " + patched);
    }
    try (FileOutputStream out = new FileOutputStream(args[1])) {
      out.write(xml);
    }
  }

  /** Walks the binary XML's chunks; the resource map says which string index names the attribute. */
  private static int patch(ByteBuffer xml, int attrId, int oldValue, int newValue) {
    int[] resourceIds = new int[0];
    int patched = 0;
    int offset = xml.getShort(2) & 0xffff; // the file header's own size
    while (offset + 8 <= xml.limit()) {
      int type = xml.getShort(offset) & 0xffff;
      int headerSize = xml.getShort(offset + 2) & 0xffff;
      int size = xml.getInt(offset + 4);
      if (size < 8 || offset + size > xml.limit()) throw new IllegalStateException("bad chunk at " + offset);
      if (type == RES_XML_RESOURCE_MAP_TYPE) {
        resourceIds = new int[(size - headerSize) / 4];
        for (int i = 0; i < resourceIds.length; i++) resourceIds[i] = xml.getInt(offset + headerSize + 4 * i);
      } else if (type == RES_XML_START_ELEMENT_TYPE) {
        int ext = offset + headerSize;
        int attributeStart = xml.getShort(ext + 8) & 0xffff;
        int attributeSize = xml.getShort(ext + 10) & 0xffff;
        int attributeCount = xml.getShort(ext + 12) & 0xffff;
        for (int i = 0; i < attributeCount; i++) {
          int attr = ext + attributeStart + i * attributeSize;
          int name = xml.getInt(attr + 4);
          boolean isAttr = name >= 0 && name < resourceIds.length && resourceIds[name] == attrId;
          // Res_value: size(2) res0(1) dataType(1) data(4), after ns, name and rawValue.
          if (isAttr && (xml.get(attr + 15) & 0xff) == TYPE_INT_HEX && xml.getInt(attr + 16) == oldValue) {
            xml.putInt(attr + 16, newValue);
            patched++;
          }
        }
      }
      offset += size;
    }
    return patched;
  }
}
