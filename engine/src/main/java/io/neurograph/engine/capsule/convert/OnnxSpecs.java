package io.neurograph.engine.capsule.convert;

import io.neurograph.engine.capsule.cgraph.ValueSpec;
import io.neurograph.engine.capsule.onnx.OnnxDim;
import io.neurograph.engine.capsule.onnx.OnnxValueInfo;
import java.util.ArrayList;
import java.util.List;

/** ONNX value infos in the format-neutral form of the {@code .cgraph} manifest. */
final class OnnxSpecs {
    private OnnxSpecs() {
    }

    static List<ValueSpec> valueSpecs(List<OnnxValueInfo> values) {
        List<ValueSpec> specs = new ArrayList<>(values.size());
        for (OnnxValueInfo v : values) {
            List<Object> shape = null;
            if (v.shape() != null) {
                shape = new ArrayList<>(v.shape().size());
                for (OnnxDim d : v.shape()) {
                    shape.add(d.param() != null ? d.param() : d.value() >= 0 ? (Object) d.value() : null);
                }
            }
            specs.add(new ValueSpec(v.name(), v.elemType() == null ? null : v.elemType().dtypeName(), shape));
        }
        return specs;
    }
}
