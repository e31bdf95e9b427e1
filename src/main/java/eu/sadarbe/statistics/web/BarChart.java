package eu.sadarbe.statistics.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as SVG on the server (no script, nothing fetched): one bar per row, its length a
 * share of the longest possible bar, its label on the left and its value on the right. The template gives it
 * {@code role="img"} with this title and description; the table beside it carries the same figures for everyone.
 */
public record BarChart(String id, String title, String description, List<Bar> bars, int height) {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 190;
    static final int BAR_AREA = 290;
    static final int ROW = 34;
    static final int BAR_HEIGHT = 22;

    /** One bar: {@code share} is 0 to 1 of the bar area; an empty value text reads as "not yet available". */
    public record Bar(String label, String value, double share, boolean available, int y) {

        public int length() {
            return (int) Math.round(Math.max(0, Math.min(1, share)) * BAR_AREA);
        }

        public int labelX() {
            return LABEL_WIDTH - 8;
        }

        public int barX() {
            return LABEL_WIDTH;
        }

        public int valueX() {
            return LABEL_WIDTH + length() + 8;
        }

        public int textY() {
            return y + BAR_HEIGHT / 2 + 5;
        }
    }

    static Builder builder(String id, String title, String description) {
        return new Builder(id, title, description);
    }

    public int width() {
        return WIDTH;
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + height;
    }

    static final class Builder {

        private final String id;
        private final String title;
        private final String description;
        private final List<Bar> bars = new ArrayList<>();

        private Builder(String id, String title, String description) {
            this.id = id;
            this.title = title;
            this.description = description;
        }

        Builder bar(String label, double share, String value) {
            bars.add(new Bar(label, value, share, true, 6 + bars.size() * ROW));
            return this;
        }

        Builder unavailable(String label, String value) {
            bars.add(new Bar(label, value, 0, false, 6 + bars.size() * ROW));
            return this;
        }

        BarChart build() {
            return new BarChart(id, title, description, List.copyOf(bars), 12 + Math.max(1, bars.size()) * ROW);
        }
    }
}
