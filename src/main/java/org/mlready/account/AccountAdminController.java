package org.mlready.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/** Administrators list accounts and give the instructor or admin role. */
@Controller
@Validated
@Tag(name = "Administration")
class AccountAdminController {

    record RoleChange(@NotNull(message = "role is required (LEARNER, INSTRUCTOR or ADMIN).") Role role) {
    }

    private final Accounts accounts;

    AccountAdminController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/accounts")
    String page(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", Role.values());
        return "account/admin-accounts";
    }

    @PostMapping("/admin/accounts/{id}/role")
    String changeFromPage(@PathVariable long id, @RequestParam Role role) {
        change(id, role);
        return "redirect:/admin/accounts";
    }

    @GetMapping("/api/admin/accounts")
    @ResponseBody
    @Operation(summary = "All accounts (admin)")
    List<AccountApiController.ProfileView> list() {
        return accounts.all().stream().map(AccountApiController.ProfileView::of).toList();
    }

    @PutMapping("/api/admin/accounts/{id}/role")
    @ResponseBody
    @Operation(summary = "Change an account's role (admin)")
    AccountApiController.ProfileView changeRole(@PathVariable long id, @RequestBody @jakarta.validation.Valid RoleChange change) {
        change(id, change.role());
        return AccountApiController.ProfileView.of(accounts.findById(id).orElseThrow());
    }

    @Transactional
    void change(long id, Role role) {
        if (accounts.findById(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No account with id " + id + ".");
        }
        accounts.updateRole(id, role);
    }
}
