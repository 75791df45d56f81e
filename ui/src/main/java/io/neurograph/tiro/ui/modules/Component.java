package io.neurograph.tiro.ui.modules;

/** The engine's parts as the Modules tab lists them, with whether (and why not) they can be switched. */
public enum Component {
    TOKEN_STORE("modules.component.tokenStore", Switch.CORE),
    CONNECTIONS("modules.component.connections", Switch.CORE),
    GRID("modules.component.grid", Switch.CORE),
    GRAPH("modules.component.graph", Switch.CORE),
    GUARDIAN("modules.component.guardian", Switch.CORE),
    CDNA("modules.component.cdna", Switch.CORE),
    INTUITION("modules.component.intuition", Switch.ON_DEMAND),
    BOOTSTRAP("modules.component.bootstrap", Switch.JOB),
    CAPSULE_RUNTIME("modules.component.capsuleRuntime", Switch.PER_MODEL),
    API_SERVER("modules.component.apiServer", Switch.NOT_AVAILABLE);

    private final String nameKey;
    private final Switch toggle;

    Component(String nameKey, Switch toggle) {
        this.nameKey = nameKey;
        this.toggle = toggle;
    }

    public String nameKey() {
        return nameKey;
    }

    public Switch toggle() {
        return toggle;
    }

    /**
     * Why a part's switch cannot be used. None can today: the engine offers no on/off knob for anything
     * that runs (the IntuitionEngine works only when called, so there is nothing to stop).
     */
    public enum Switch {
        CORE("modules.switch.core", true),
        ON_DEMAND("modules.switch.onDemand", true),
        JOB("modules.switch.job", false),
        PER_MODEL("modules.switch.perModel", false),
        NOT_AVAILABLE("modules.switch.notAvailable", false);

        private final String reasonKey;
        private final boolean on;

        Switch(String reasonKey, boolean on) {
            this.reasonKey = reasonKey;
            this.on = on;
        }

        public String reasonKey() {
            return reasonKey;
        }

        /** Whether the switch shows the part as on. */
        public boolean on() {
            return on;
        }
    }
}
