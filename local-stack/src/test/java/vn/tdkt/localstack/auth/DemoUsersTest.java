package vn.tdkt.localstack.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DemoUsersTest {

    @Test
    void theListIsAuthServersDemoUsersFileWithTheContractsUsers() {
        assertThat(DemoUsers.all()).extracting(DemoUser::username).containsExactly(
                "admin", "thiduakt.tinh", "thiduakt.chilang", "thiduakt.huulung", "thiduakt.nhanly", "thuky.hoidong",
                "uyvien.1", "uyvien.2", "uyvien.3", "uyvien.4", "uyvien.5", "lanhdao.chilang", "bantochuc.tinh", "vanhanh");
        assertThat(DemoUsers.find("lanhdao.chilang")).contains(
                new DemoUser("lanhdao.chilang", List.of("UNIT_LEADER"), Optional.of("LS-CL"), "Lãnh đạo huyện Chi Lăng"));
        assertThat(DemoUsers.find("admin").orElseThrow().unit()).isEmpty();
        assertThat(DemoUsers.find("nobody")).isEmpty();
    }

    @Test
    void everyRoleIsOneOfTheContract() {
        assertThat(DemoUsers.all()).flatExtracting(DemoUser::roles).isSubsetOf(
                "ADMINISTRATOR", "EMULATION_OFFICER", "COUNCIL_SECRETARY", "COUNCIL_MEMBER", "UNIT_LEADER",
                "CONGRESS_ORGANISER", "OPERATOR");
    }
}
