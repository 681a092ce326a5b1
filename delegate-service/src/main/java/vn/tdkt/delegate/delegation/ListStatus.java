package vn.tdkt.delegate.delegation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a delegate list stands. The unit drafts it, submits it to its own congress ({@code PROPOSED}), which
 * approves it ("thông qua danh sách đại biểu đi dự Đại hội cấp trên", seed 002's agenda); an approved list is
 * locked. A proposed or approved list is reopened to {@code DRAFT} with a reason; only a draft changes.
 */
enum ListStatus {
    DRAFT,
    PROPOSED,
    APPROVED;

    Set<ListStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PROPOSED);
            case PROPOSED -> EnumSet.of(APPROVED, DRAFT);
            case APPROVED -> EnumSet.of(DRAFT);
        };
    }
}
