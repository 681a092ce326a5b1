package vn.tdkt.delegate.congress;

/** Hội nghị toàn thể (everyone attends) or hội nghị đại biểu (delegates attend). */
enum CongressForm {
    PLENARY, DELEGATE
}
