package app.peertext.bridge;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * A LineStore in one file, fsynced on every append. A crash mid-append leaves a last line without
 * its newline: it is cut off on read, so the next append does not glue onto it.
 */
public final class FileLineStore implements LineStore {
  private static final Charset UTF8 = Charset.forName("UTF-8");
  private final File file;

  public FileLineStore(File file) {
    this.file = file;
  }

  @Override
  public synchronized List<String> readAll() throws IOException {
    List<String> lines = new ArrayList<String>();
    if (!file.exists()) return lines;
    byte[] bytes = readBytes(file);
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] != '\n') continue;
      if (i > start) lines.add(new String(bytes, start, i - start, UTF8));
      start = i + 1;
    }
    if (start < bytes.length) truncate(start);
    return lines;
  }

  @Override
  public synchronized void append(String line) throws IOException {
    if (line.indexOf('\n') >= 0) throw new IllegalArgumentException("a record must be one line");
    File parent = file.getAbsoluteFile().getParentFile();
    if (parent != null && !parent.isDirectory() && !parent.mkdirs()) {
      throw new IOException("cannot create " + parent);
    }
    FileOutputStream out = new FileOutputStream(file, true);
    try {
      out.write((line + "\n").getBytes(UTF8));
      out.getFD().sync();
    } finally {
      out.close();
    }
  }

  @Override
  public synchronized void rewrite(List<String> lines) throws IOException {
    File temp = new File(file.getPath() + ".tmp");
    FileOutputStream out = new FileOutputStream(temp, false);
    try {
      StringBuilder text = new StringBuilder();
      for (String line : lines) text.append(line).append('\n');
      out.write(text.toString().getBytes(UTF8));
      out.getFD().sync();
    } finally {
      out.close();
    }
    if (!temp.renameTo(file)) throw new IOException("cannot replace " + file);
  }

  private void truncate(int length) throws IOException {
    RandomAccessFile raf = new RandomAccessFile(file, "rw");
    try {
      raf.setLength(length);
      raf.getFD().sync();
    } finally {
      raf.close();
    }
  }

  private static byte[] readBytes(File file) throws IOException {
    InputStream in = new FileInputStream(file);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      while ((n = in.read(buffer)) > 0) out.write(buffer, 0, n);
      return out.toByteArray();
    } finally {
      in.close();
    }
  }
}
