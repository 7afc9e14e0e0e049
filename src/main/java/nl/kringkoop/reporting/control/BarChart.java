package nl.kringkoop.reporting.control;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * A plain bar chart drawn with PDF vector graphics for the council report: one bar per label with
 * its value above it, optionally a narrower bar inside it for a part of that value (circular spend
 * within all spend) or a line across it for a mark (a share's target). No image library involved,
 * so the chart stays sharp when printed.
 */
final class BarChart {

  static final Color WHOLE = new Color(0x9e, 0xb3, 0xc2);
  static final Color PART = new Color(0x2e, 0x7d, 0x32);
  private static final Color INK = new Color(0x33, 0x33, 0x33);
  private static final float LABEL_SPACE = 16;
  private static final float LEGEND_SPACE = 16;
  private static final float VALUE_SPACE = 10;
  private static final float AXIS_SPACE = 4;

  /** One bar: its label, its whole value, the part inside it and a mark (null for none). */
  record Bar(String label, BigDecimal whole, BigDecimal part, BigDecimal mark) {

    Bar(String label, BigDecimal whole, BigDecimal part) {
      this(label, whole, part, null);
    }
  }

  private final BaseFont font;
  private final Function<BigDecimal, String> format;

  BarChart(BaseFont font, Function<BigDecimal, String> format) {
    this.font = font;
    this.format = format;
  }

  /**
   * Draws the bars into a template of the given size; {@code wholeName} and {@code partName} name
   * the two series in the legend ({@code partName} null when no bar has a part).
   */
  PdfTemplate draw(
      PdfContentByte canvas,
      float width,
      float height,
      List<Bar> bars,
      String wholeName,
      String partName,
      BigDecimal scaleMax) {
    PdfTemplate chart = canvas.createTemplate(width, height);
    boolean marked = bars.stream().anyMatch(bar -> bar.mark() != null);
    legend(chart, height, wholeName, partName, marked);
    float plotBottom = LABEL_SPACE;
    float plotHeight = height - LABEL_SPACE - LEGEND_SPACE - AXIS_SPACE - VALUE_SPACE;
    double max = max(bars, scaleMax);
    chart.setColorStroke(INK);
    chart.setLineWidth(0.5f);
    chart.moveTo(0, plotBottom);
    chart.lineTo(width, plotBottom);
    chart.stroke();
    float slot = width / Math.max(1, bars.size());
    float barWidth = slot * 0.7f;
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      float x = i * slot + (slot - barWidth) / 2;
      float wholeHeight = scaled(bar.whole(), max, plotHeight);
      chart.setColorFill(WHOLE);
      chart.rectangle(x, plotBottom, barWidth, wholeHeight);
      chart.fill();
      if (bar.part() != null) {
        float partHeight = scaled(bar.part(), max, plotHeight);
        chart.setColorFill(PART);
        chart.rectangle(x + barWidth * 0.25f, plotBottom, barWidth * 0.5f, partHeight);
        chart.fill();
      }
      if (bar.mark() != null) {
        float markHeight = plotBottom + scaled(bar.mark(), max, plotHeight);
        chart.setColorStroke(INK);
        chart.setLineWidth(1.5f);
        chart.moveTo(x - 3, markHeight);
        chart.lineTo(x + barWidth + 3, markHeight);
        chart.stroke();
      }
      if (bar.whole().signum() != 0) {
        text(
            chart,
            format.apply(bar.whole()),
            x + barWidth / 2,
            plotBottom + wholeHeight + 3,
            6,
            PdfContentByte.ALIGN_CENTER);
      }
      text(chart, bar.label(), x + barWidth / 2, 4, 7, PdfContentByte.ALIGN_CENTER);
    }
    return chart;
  }

  /** The series' names; {@code partName} names the inner bars, or the marks when marked. */
  private void legend(
      PdfTemplate chart, float height, String wholeName, String partName, boolean marked) {
    float y = height - LEGEND_SPACE + 4;
    chart.setColorFill(WHOLE);
    chart.rectangle(0, y, 8, 8);
    chart.fill();
    text(chart, wholeName, 12, y + 1, 8, PdfContentByte.ALIGN_LEFT);
    if (partName != null) {
      float x = 24 + font.getWidthPoint(wholeName, 8);
      if (marked) {
        chart.setColorStroke(INK);
        chart.setLineWidth(1.5f);
        chart.moveTo(x, y + 4);
        chart.lineTo(x + 8, y + 4);
        chart.stroke();
      } else {
        chart.setColorFill(PART);
        chart.rectangle(x, y, 8, 8);
        chart.fill();
      }
      text(chart, partName, x + 12, y + 1, 8, PdfContentByte.ALIGN_LEFT);
    }
  }

  private void text(PdfTemplate chart, String text, float x, float y, float size, int align) {
    chart.beginText();
    chart.setColorFill(INK);
    chart.setFontAndSize(font, size);
    chart.showTextAligned(align, text, x, y, 0);
    chart.endText();
  }

  private static double max(List<Bar> bars, BigDecimal scaleMax) {
    if (scaleMax != null) {
      return scaleMax.doubleValue();
    }
    double max = 0;
    for (Bar bar : bars) {
      max = Math.max(max, bar.whole().doubleValue());
      if (bar.part() != null) {
        max = Math.max(max, bar.part().doubleValue());
      }
      if (bar.mark() != null) {
        max = Math.max(max, bar.mark().doubleValue());
      }
    }
    return max;
  }

  private static float scaled(BigDecimal value, double max, float plotHeight) {
    if (max <= 0 || value.signum() <= 0) {
      return 0;
    }
    return (float) Math.min(plotHeight, value.doubleValue() / max * plotHeight);
  }
}
