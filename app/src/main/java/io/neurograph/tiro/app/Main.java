package io.neurograph.tiro.app;

/** Entry point of the {@code tiro} command and the desktop app. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("tiro");
    }
}
