package vn.tdkt.events.congress;

/** The values of {@code form}: hội nghị toàn thể (everyone attends) or hội nghị đại biểu (delegates attend). */
public enum CongressForm {
    PLENARY, DELEGATE
}
