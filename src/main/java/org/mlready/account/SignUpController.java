package org.mlready.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class SignUpController {

    private final AccountRegistration registration;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    SignUpController(AccountRegistration registration) {
        this.registration = registration;
    }

    @GetMapping("/signup")
    String form(@ModelAttribute("form") SignUpForm form) {
        return "account/signup";
    }

    @PostMapping("/signup")
    String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult errors, HttpServletRequest request,
                  HttpServletResponse response) {
        if (errors.hasErrors()) {
            return "account/signup";
        }
        Account account;
        try {
            account = registration.register(form.toSignUp());
        } catch (SignUpRejectedException rejected) {
            errors.rejectValue(rejected.field(), "rejected", rejected.getMessage());
            return "account/signup";
        }
        signIn(account, request, response);
        return "redirect:/profile?welcome";
    }

    private void signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
        var user = new AccountUser(account.id(), account.email(), account.role(), null, false);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        contextRepository.saveContext(context, request, response);
    }
}
