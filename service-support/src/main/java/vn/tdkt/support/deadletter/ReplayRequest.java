package vn.tdkt.support.deadletter;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Which dead letter to send back to its original topic. */
record ReplayRequest(@NotBlank String topic, @NotNull @Min(0) Integer partition, @NotNull @Min(0) Long offset) {
}
