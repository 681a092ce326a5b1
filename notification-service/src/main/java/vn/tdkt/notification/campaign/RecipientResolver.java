package vn.tdkt.notification.campaign;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.tdkt.support.security.UnitTree;
import vn.tdkt.support.unitdirectory.DirectoryUnit;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/** Who is told about a campaign: the contacts of its organiser and of every unit on its distribution list. */
@Component
class RecipientResolver {

    private final UnitDirectory directory;

    RecipientResolver(UnitDirectory directory) {
        this.directory = directory;
    }

    Recipients resolve(String organiserUnitCode, List<String> recipientUnitCodes) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(organiserUnitCode);
        codes.addAll(recipientUnitCodes);
        Map<String, DirectoryUnit> units = directory.findAll(codes);
        List<String> missing = codes.stream().filter(code -> !units.containsKey(code)).toList();
        if (!missing.isEmpty()) {
            throw new UnitsNotYetKnownException(missing);
        }
        Set<String> emails = new LinkedHashSet<>();
        units.values().forEach(unit -> unit.contactEmails().stream()
                .filter(email -> email != null && !email.isBlank())
                .map(email -> email.strip().toLowerCase(Locale.ROOT))
                .forEach(emails::add));
        return new Recipients(units.get(organiserUnitCode), path(organiserUnitCode), new ArrayList<>(emails));
    }

    /** The organiser and every unit above it that this service knows, nearest first. */
    private List<String> path(String unitCode) {
        List<String> path = new ArrayList<>();
        UnitTree tree = directory.tree();
        for (String code = unitCode; code != null && !path.contains(code) && path.size() < UnitTree.MAX_DEPTH;
             code = tree.parentOf(code).orElse(null)) {
            path.add(code);
        }
        return path;
    }

    /**
     * @param organiserPath the organiser and its ancestors: the deliveries belong to their subtrees
     * @param emails        de-duplicated, lower-case, in the order organiser first, then the distribution list
     */
    record Recipients(DirectoryUnit organiser, List<String> organiserPath, List<String> emails) {

        Recipients {
            organiserPath = List.copyOf(organiserPath);
            emails = List.copyOf(emails);
        }
    }
}
