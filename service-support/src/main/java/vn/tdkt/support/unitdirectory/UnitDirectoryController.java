package vn.tdkt.support.unitdirectory;

import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.support.problem.NotFoundException;

/** Read side of the projection, so that anyone can see which units this service knows and at which version. */
@RestController
@RequestMapping("/api/v1/units")
class UnitDirectoryController {

    private final UnitDirectory directory;

    UnitDirectoryController(UnitDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    List<UnitResponse> list() {
        return directory.list().stream().map(UnitResponse::of).toList();
    }

    @GetMapping("/{code}")
    UnitResponse get(@PathVariable String code) {
        return directory.find(code).map(UnitResponse::of)
                .orElseThrow(() -> new NotFoundException("Unit " + code + " is not known here (yet)"));
    }

    record UnitResponse(String code, String name, String level, String parentCode, Integer staffCount,
                        List<String> contactEmails, long version, Instant updatedAt) {

        static UnitResponse of(DirectoryUnit unit) {
            return new UnitResponse(unit.code(), unit.name(), unit.level(), unit.parentCode(), unit.staffCount(),
                    unit.contactEmails(), unit.version(), unit.updatedAt());
        }
    }
}
