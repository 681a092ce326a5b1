package vn.tdkt.nomination.exemplar;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.unitdirectory.DirectoryUnit;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/** Stubs of the register's stores for the web slices: the demo unit tree, no registration yet, one book line. */
final class ExemplarWebSlice {

    static final List<DirectoryUnit> TREE = List.of(Exemplars.unit("LS", "Tỉnh Lạng Sơn", "PROVINCE", null),
            Exemplars.unit("LS-CL", "Huyện Chi Lăng", "DISTRICT", "LS"),
            Exemplars.unit("LS-CL-NL", "Văn phòng xã Nhân Lý", "OFFICE", "LS-CL"),
            Exemplars.unit("LS-HL", "Phòng Nội vụ Hữu Lũng", "OFFICE", "LS"));

    private ExemplarWebSlice() {
    }

    static void stub(ExemplarRepository repository, UnitDirectory units) {
        when(units.find(anyString())).thenAnswer(call -> TREE.stream()
                .filter(u -> u.code().equals(call.getArgument(0))).findFirst());
        when(repository.find(any())).thenReturn(Optional.empty());
        when(repository.subtree(anyString())).thenAnswer(call -> TREE.stream()
                .filter(u -> u.code().startsWith((String) call.getArgument(0))).toList());
        when(repository.registered(any(), any())).thenReturn(Set.of("LS-HL"));
        doAnswer(call -> {
            PageQuery page = call.getArgument(3);
            List<BookLine> lines = List.of(new BookLine("2025-12", "LS-CL-NL", "Văn phòng xã Nhân Lý", 1, "INDIVIDUAL",
                    "Nguyễn Thị Ánh", "Chánh Văn phòng", "Văn phòng", "=1+1 sáng kiến", "Cải cách hành chính"));
            return PageResponse.of(page, lines.stream().skip(page.offset()).limit(page.size()).toList(), 1);
        }).when(repository).book(any(), any(), any(), any());
    }
}
