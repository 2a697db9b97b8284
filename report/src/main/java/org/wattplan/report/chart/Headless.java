package org.wattplan.report.chart;

/**
 * Charts are drawn off screen: {@code java.awt.headless} is set before AWT first asks (no display needed, none
 * used even where one exists). Every class that builds or draws charts calls {@link #ensure} when it loads.
 */
final class Headless {
    private Headless() {}

    static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
