package vn.tdkt.embeddedmongo.spring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface MemberRepository extends MongoRepository<Member, String> {

    Optional<Member> findByEmail(String email);

    List<Member> findByUnitOrderByScoreDesc(String unit);

    List<Member> findByScoreBetween(int from, int to);

    List<Member> findByNameStartingWith(String prefix);

    Page<Member> findByUnit(String unit, Pageable pageable);

    long countByUnit(String unit);

    boolean existsByEmail(String email);

    long deleteByUnit(String unit);
}
