#ifndef CREADLINE_SHIM_H
#define CREADLINE_SHIM_H
#include <stdio.h>          /* readline.h uses FILE */
#include <stdlib.h>         /* free() for the malloc'd line */
#include <readline/readline.h>
#include <readline/history.h>

/* Swift 6 rejects direct use of readline's mutable C globals
   ("not concurrency-safe because it involves shared mutable state"),
   so every access to them goes through these accessors. */
static inline void crl_set_readline_name(const char *name) { rl_readline_name = name; }
static inline void crl_set_attempted_completion(rl_completion_func_t *fn) { rl_attempted_completion_function = fn; }
static inline void crl_set_completion_over(int over) { rl_attempted_completion_over = over; }
/* Called from our SIGINT handler while readline() is active (readline
   re-raises the signal to us from a safe point, after cleaning up). */
static inline void crl_abandon_line(void) {
    rl_replace_line("", 0);
    rl_crlf();
    rl_on_new_line();
    rl_redisplay();
}
/* Quiz countdown: a hook readline calls while it waits for a key, to redraw the
   prompt with the time left, and to end the line when time is up. */
static inline void crl_set_event_hook(rl_hook_func_t *fn) { rl_event_hook = fn; }
static inline void crl_set_input_timeout(int usec) { rl_set_keyboard_input_timeout(usec); }
static inline void crl_set_prompt(const char *prompt) { rl_set_prompt(prompt); rl_redisplay(); }
static inline void crl_finish_line(void) { rl_done = 1; }
#endif
