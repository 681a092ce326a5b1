package vn.tdkt.events.congress;

/**
 * A check that warned when the list was approved, e.g. {@code EXEMPLARY_SHARE}: "6 đại biểu điển hình trên 10
 * (60,0 %), chính sách 70 %". Figures only: a message never names a person.
 *
 * @param code {@code EXEMPLARY_SHARE}, {@code COMPOSITION_TARGET} or {@code POSSIBLE_NAMESAKE}
 */
public record DelegateListWarning(String code, String message) {
}
