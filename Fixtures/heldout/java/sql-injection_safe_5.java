package com.example.users;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

interface UserRepository extends JpaRepository<UserEntity, Long> {

    @Query("SELECT u FROM UserEntity u WHERE lower(u.email) = lower(:email)")
    Optional<UserEntity> findByEmail(@Param("email") String email);

    @Query(value = "SELECT * FROM users WHERE display_name ILIKE CONCAT('%', :q, '%') LIMIT 20", nativeQuery = true)
    List<UserEntity> search(@Param("q") String q);
}

@RestController
class UserController {

    private final UserRepository users;

    UserController(UserRepository users) {
        this.users = users;
    }

    @GetMapping("/users/by-email/{email}")
    Optional<UserEntity> byEmail(@PathVariable String email) {
        return users.findByEmail(email);
    }

    @GetMapping("/users")
    List<UserEntity> search(@RequestParam("q") String q) {
        return users.search(q);
    }
}
