package org.mlready.account;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Checks passwords through the delegate, refusing emails that the throttle has locked. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        throttle.lockedFor(email).ifPresent(left -> {
            throw new LockedException("Too many failed attempts; try again in " + minutes(left) + ".");
        });
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.recordSuccess(email);
            return result;
        } catch (BadCredentialsException wrong) {
            throttle.recordFailure(email);
            throw wrong;
        }
    }

    private static String minutes(Duration left) {
        long minutes = Math.max(1, (left.toSeconds() + 59) / 60);
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
