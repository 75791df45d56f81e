package io.neurograph.engine.cdna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.neurograph.engine.cdna.CdnaValidation.Issue;
import org.junit.jupiter.api.Test;

class CdnaJsonTest {
    private static final long T0 = 1_700_000_000L;

    @Test
    void exportUsesReadableNamesAndRoundTripsExactly() {
        Cdna original = Cdna.forProfile(ProfileId.ANALYST, T0).edit().allowConnectionType(3, false)
                .maxFieldRadius(120).build(T0 + 30);
        String json = CdnaJson.toJson(original);
        assertThat(json).contains("\"profile\" : \"analyst\"", "\"dimension_scales\"", "\"max_out_degree\" : 500",
                "\"allowed_connection_types\" : \"0xFFFFFFFFFFFFFFF7\"", "\"modified_at\" : " + (T0 + 30));
        assertThat(CdnaJson.fromJson(json, T0 + 999)).isEqualTo(original);
    }

    @Test
    void missingFieldsTakeTheProfilePreset() {
        Cdna c = CdnaJson.fromJson("{\"profile\":\"explorer\",\"max_in_degree\":7}", T0);
        assertThat(c.profile()).isEqualTo(ProfileId.EXPLORER);
        assertThat(c.maxOutDegree()).isEqualTo(2000);
        assertThat(c.maxInDegree()).isEqualTo(7);
        assertThat(c.modifiedAt()).isEqualTo(T0);
        assertThat(c.validate().isValid()).isTrue();
    }

    @Test
    void badDocumentsNameTheFieldAtFault() {
        assertThat(fieldOf("{\"max_out_degre\": 5}")).isEqualTo("max_out_degre");
        assertThat(fieldOf("{\"max_out_degree\": \"many\"}")).isEqualTo("max_out_degree");
        assertThat(fieldOf("{\"max_out_degree\": -4}")).isEqualTo("max_out_degree");
        assertThat(fieldOf("{\"bucket_sizes\": [1,2,3]}")).isEqualTo("bucket_sizes");
        assertThat(fieldOf("{\"bucket_sizes\": [1,2,3,4,5,6,\"x\",8]}")).isEqualTo("bucket_sizes[6]");
        assertThat(fieldOf("{\"profile\": \"balanced\"}")).isEqualTo("profile");
        assertThat(fieldOf("{\"version\": \"3.0\"}")).isEqualTo("version");
        assertThat(fieldOf("{\"allowed_connection_types\": \"0xZZ\"}")).isEqualTo("allowed_connection_types");
        assertThatThrownBy(() -> CdnaJson.fromJson("{not json", T0)).isInstanceOf(CdnaJsonException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> CdnaJson.fromJson("[1]", T0)).hasMessageContaining("JSON object");
    }

    @Test
    void importValidatesAndReportsTheJsonField() {
        CdnaValidationException e = catchThrowableOfType(CdnaValidationException.class,
                () -> CdnaJson.fromJson("{\"dimension_scales\":[1,1,1,1,45,1,1,1],\"mutation_rate\":2}", T0));
        assertThat(e.validation().errors()).extracting(Issue::field)
                .containsExactly("mutation_rate", "dimension_scales[4]");
        assertThat(e).hasMessageContaining("Imported CDNA is invalid");
    }

    private static String fieldOf(String json) {
        return catchThrowableOfType(CdnaJsonException.class, () -> CdnaJson.fromJson(json, T0)).field();
    }
}
