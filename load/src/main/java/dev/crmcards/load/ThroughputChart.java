package dev.crmcards.load;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws the throughput of each load scenario as a horizontal bar chart (PNG), with headless AWT so
 * that nothing beyond the JDK is needed.
 *
 * <p>{@code ThroughputChart RESULTS_TSV OUT_PNG TITLE SUBTITLE}, where each line of the TSV is
 * {@code scenario TAB requests/s TAB p50 ms TAB p99 ms TAB errors}.
 */
public final class ThroughputChart {
  private static final int WIDTH = 960;
  private static final int BAR = 40;
  private static final int GAP = 22;
  private static final int LEFT = 330;
  private static final int RIGHT = 150;
  private static final int TOP = 90;
  private static final int BOTTOM = 50;
  private static final Color[] COLORS = {
    new Color(0x2f6fb3), new Color(0x4c9a5b), new Color(0x7b61b3), new Color(0x9a9a9a)
  };

  private ThroughputChart() {}

  record Row(String scenario, double rps, double p50, double p99, long errors) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: ThroughputChart RESULTS_TSV OUT_PNG TITLE SUBTITLE");
      System.exit(2);
    }
    System.setProperty("java.awt.headless", "true");
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]), UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      rows.add(new Row(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]),
          Double.parseDouble(f[3]), Long.parseLong(f[4])));
    }
    ImageIO.write(draw(rows, args[2], args[3]), "png", Path.of(args[1]).toFile());
  }

  static BufferedImage draw(List<Row> rows, String title, String subtitle) {
    int height = TOP + rows.size() * (BAR + GAP) + BOTTOM;
    BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, height);

    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
    g.drawString(title, 20, 34);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    g.setColor(Color.DARK_GRAY);
    g.drawString(subtitle, 20, 58);

    double max = rows.stream().mapToDouble(Row::rps).max().orElse(1);
    double scale = niceCeiling(max * 1.05);
    int plot = WIDTH - LEFT - RIGHT;

    // Grid lines and their values.
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    int bottom = TOP + rows.size() * (BAR + GAP);
    for (int i = 0; i <= 4; i++) {
      int x = LEFT + (int) Math.round(plot * i / 4.0);
      g.setColor(new Color(0xdddddd));
      g.setStroke(new BasicStroke(1));
      g.drawLine(x, TOP - 8, x, bottom);
      g.setColor(Color.GRAY);
      String label = String.format(Locale.ROOT, "%,.0f", scale * i / 4);
      g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, bottom + 16);
    }
    g.drawString("requests per second", LEFT + plot / 2 - 55, bottom + 34);

    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      int y = TOP + i * (BAR + GAP);
      int w = (int) Math.round(plot * row.rps() / scale);
      g.setColor(COLORS[i % COLORS.length]);
      g.fillRect(LEFT, y, Math.max(w, 1), BAR);
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
      FontMetrics metrics = g.getFontMetrics();
      g.drawString(row.scenario(), LEFT - 12 - metrics.stringWidth(row.scenario()), y + 17);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
      String latency = String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms, %d errors",
          row.p50(), row.p99(), row.errors());
      g.setColor(Color.DARK_GRAY);
      g.drawString(latency, LEFT - 12 - g.getFontMetrics().stringWidth(latency), y + 34);
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
      g.drawString(String.format(Locale.ROOT, "%,.0f/s", row.rps()), LEFT + w + 8, y + 25);
    }
    g.dispose();
    return image;
  }

  /** A round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) >= value. */
  static double niceCeiling(double value) {
    double power = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
      if (step * power >= value) {
        return step * power;
      }
    }
    return 10 * power;
  }
}
