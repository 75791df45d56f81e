package io.neurograph.tiro.ui.shell;

/** The tabs of the main window, in display order. */
public enum AppTab {
    DASHBOARD("tab-dashboard", "tab.dashboard", "tab.dashboard.summary"),
    GRAPH("tab-graph", "tab.graph", "tab.graph.summary"),
    CDNA("tab-cdna", "tab.cdna", "tab.cdna.summary"),
    BOOTSTRAP("tab-bootstrap", "tab.bootstrap", "tab.bootstrap.summary"),
    CHAT("tab-chat", "tab.chat", "tab.chat.summary"),
    TERMINAL("tab-terminal", "tab.terminal", "tab.terminal.summary"),
    MODULES("tab-modules", "tab.modules", "tab.modules.summary"),
    LOGS("tab-logs", "tab.logs", "tab.logs.summary"),
    SETTINGS("tab-settings", "tab.settings", "tab.settings.summary");

    private final String id;
    private final String titleKey;
    private final String summaryKey;

    AppTab(String id, String titleKey, String summaryKey) {
        this.id = id;
        this.titleKey = titleKey;
        this.summaryKey = summaryKey;
    }

    /** Node id of the tab, stable for tests and persisted state. */
    public String id() {
        return id;
    }

    public String titleKey() {
        return titleKey;
    }

    public String summaryKey() {
        return summaryKey;
    }

    /** The tab {@code steps} positions away, wrapping around at both ends. */
    public AppTab offset(int steps) {
        AppTab[] all = values();
        return all[Math.floorMod(ordinal() + steps, all.length)];
    }
}
