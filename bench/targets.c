/*
 * C functions the benchmark calls (bench/run.js). Every mode of a case calls
 * the same function: jitffi (compiled and interpreted), koffi and the
 * hand-written N-API references of bench/refs, which get these
 * addresses through dlsym. The functions do next to nothing, so that the
 * figures measure the cost of the binding.
 *
 * Built by bench/build.js into bench/.build/ (git-ignored):
 *   cc -shared -fPIC -O2 -pthread -o bench/.build/libbenchtargets.so bench/targets.c
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#define EXPORT __attribute__((visibility("default")))

/* Cross-thread callbacks: one thread calls cb(i) n times, checking that
 * each returns i + 1, while the JS thread waits in its event loop. */
typedef int32_t XCallback(int32_t v);
static struct {
  XCallback *cb;
  int32_t n;
  pthread_t thread;
} xthread;
static atomic_int xthread_running;
static atomic_llong xthread_bad;

static void *xthread_body(void *arg) {
  (void)arg;
  for (int32_t i = 0; i < xthread.n; i++) {
    if (xthread.cb(i) != i + 1) atomic_fetch_add(&xthread_bad, 1);
  }
  atomic_store(&xthread_running, 0);
  return NULL;
}
EXPORT int32_t xthread_start(XCallback *cb, int32_t n) {
  if (atomic_exchange(&xthread_running, 1)) return -1;
  xthread.cb = cb;
  xthread.n = n;
  return pthread_create(&xthread.thread, NULL, xthread_body, NULL);
}
EXPORT int32_t xthread_running_now(void) { return atomic_load(&xthread_running); }
/* Joins the finished thread; the number of wrong results since the last join. */
EXPORT int64_t xthread_join(void) {
  pthread_join(xthread.thread, NULL);
  return atomic_exchange(&xthread_bad, 0);
}

static volatile int32_t noop_calls = 0;
EXPORT void noop(void) { noop_calls++; }
EXPORT int32_t noop_count(void) { return noop_calls; }

EXPORT int32_t add_i32(int32_t a, int32_t b) { return (int32_t)((uint32_t)a + (uint32_t)b); }
EXPORT double add_f64(double a, double b) { return a + b; }
EXPORT int64_t add_i64(int64_t a, int64_t b) { return (int64_t)((uint64_t)a + (uint64_t)b); }
EXPORT void *identity_ptr(void *p) { return p; }

EXPORT double mix6(int32_t a0, double a1, int32_t a2, double a3, int32_t a4, double a5) {
  return (double)a0 + a1 + (double)a2 + a3 + (double)a4 + a5;
}

EXPORT double mix16(int32_t a0, double a1, int32_t a2, double a3, int32_t a4, double a5,
                    int32_t a6, double a7, int32_t a8, double a9, int32_t a10, double a11,
                    int32_t a12, double a13, int32_t a14, double a15) {
  return (double)a0 + a1 + (double)a2 + a3 + (double)a4 + a5 + (double)a6 + a7 +
         (double)a8 + a9 + (double)a10 + a11 + (double)a12 + a13 + (double)a14 + a15;
}

EXPORT uint32_t str_len(const char *s) {
  uint32_t n = 0;
  if (s == NULL) return 0;
  while (s[n] != '\0') n++;
  return n;
}

EXPORT uint32_t sum_buf(const uint8_t *p, uint32_t n) {
  uint32_t total = 0;
  for (uint32_t i = 0; i < n; i++) total += p[i];
  return total;
}

/* C calls a callback once. */
EXPORT int32_t call_cb(int32_t (*cb)(int32_t), int32_t v) { return cb(v); }

/*
 * Structs by value (x86-64 System V). Point, two doubles, is SSE class:
 * each argument travels in two xmm registers and the result comes back in
 * xmm0:xmm1. Big32, 32 bytes, is MEMORY class: each argument is copied onto
 * the stack and the result is written through a hidden pointer the caller
 * passes in rdi (and rax returns).
 */
typedef struct {
  double x, y;
} Point;

typedef struct {
  double a, b, c, d;
} Big32;

EXPORT Point add_point(Point p, Point q) {
  Point r = {p.x + q.x, p.y + q.y};
  return r;
}

EXPORT Big32 big_add(Big32 p, Big32 q) {
  Big32 r = {p.a + q.a, p.b + q.b, p.c + q.c, p.d + q.d};
  return r;
}

/*
 * A record in static memory for struct_read, which decodes it through a
 * pointer (ffi.read, koffi.decode, the hand-written reference). The bench
 * fills it once with record_init, with values it chose, and gets its
 * address back.
 */
typedef struct {
  int32_t id;
  double x;
  double y;
  uint8_t flag;
  int64_t stamp;
} Record;

_Static_assert(sizeof(Record) == 40, "Record: 4 + 4 (padding) + 8 + 8 + 1 + 7 (padding) + 8 bytes");

static Record record;

EXPORT Record *record_init(int32_t id, double x, double y, uint8_t flag, int64_t stamp) {
  record.id = id;
  record.x = x;
  record.y = y;
  record.flag = flag;
  record.stamp = stamp;
  return &record;
}

/* The argument-count sweep: argsN takes N int32 and returns their sum. */
#define U(x) ((uint32_t)(x))
EXPORT int32_t args1(int32_t a) { return a; }
EXPORT int32_t args2(int32_t a, int32_t b) { return (int32_t)(U(a) + U(b)); }
EXPORT int32_t args3(int32_t a, int32_t b, int32_t c) { return (int32_t)(U(a) + U(b) + U(c)); }
EXPORT int32_t args4(int32_t a, int32_t b, int32_t c, int32_t d) {
  return (int32_t)(U(a) + U(b) + U(c) + U(d));
}
EXPORT int32_t args5(int32_t a, int32_t b, int32_t c, int32_t d, int32_t e) {
  return (int32_t)(U(a) + U(b) + U(c) + U(d) + U(e));
}
EXPORT int32_t args6(int32_t a, int32_t b, int32_t c, int32_t d, int32_t e, int32_t f) {
  return (int32_t)(U(a) + U(b) + U(c) + U(d) + U(e) + U(f));
}
EXPORT int32_t args7(int32_t a, int32_t b, int32_t c, int32_t d, int32_t e, int32_t f, int32_t g) {
  return (int32_t)(U(a) + U(b) + U(c) + U(d) + U(e) + U(f) + U(g));
}
EXPORT int32_t args8(int32_t a, int32_t b, int32_t c, int32_t d, int32_t e, int32_t f, int32_t g,
                     int32_t h) {
  return (int32_t)(U(a) + U(b) + U(c) + U(d) + U(e) + U(f) + U(g) + U(h));
}
EXPORT int32_t args9(int32_t a, int32_t b, int32_t c, int32_t d, int32_t e, int32_t f, int32_t g,
                     int32_t h, int32_t i) {
  return (int32_t)(U(a) + U(b) + U(c) + U(d) + U(e) + U(f) + U(g) + U(h) + U(i));
}
EXPORT int32_t args10(int32_t a, int32_t b, int32_t c, int32_t d, int32_t e, int32_t f, int32_t g,
                      int32_t h, int32_t i, int32_t j) {
  return (int32_t)(U(a) + U(b) + U(c) + U(d) + U(e) + U(f) + U(g) + U(h) + U(i) + U(j));
}
EXPORT int32_t args11(int32_t a, int32_t b, int32_t c, int32_t d, int32_t e, int32_t f, int32_t g,
                      int32_t h, int32_t i, int32_t j, int32_t k) {
  return (int32_t)(U(a) + U(b) + U(c) + U(d) + U(e) + U(f) + U(g) + U(h) + U(i) + U(j) + U(k));
}
EXPORT int32_t args12(int32_t a, int32_t b, int32_t c, int32_t d, int32_t e, int32_t f, int32_t g,
                      int32_t h, int32_t i, int32_t j, int32_t k, int32_t l) {
  return (int32_t)(U(a) + U(b) + U(c) + U(d) + U(e) + U(f) + U(g) + U(h) + U(i) + U(j) + U(k) +
                   U(l));
}
EXPORT int32_t args13(int32_t a, int32_t b, int32_t c, int32_t d, int32_t e, int32_t f, int32_t g,
                      int32_t h, int32_t i, int32_t j, int32_t k, int32_t l, int32_t m) {
  return (int32_t)(U(a) + U(b) + U(c) + U(d) + U(e) + U(f) + U(g) + U(h) + U(i) + U(j) + U(k) +
                   U(l) + U(m));
}
EXPORT int32_t args14(int32_t a, int32_t b, int32_t c, int32_t d, int32_t e, int32_t f, int32_t g,
                      int32_t h, int32_t i, int32_t j, int32_t k, int32_t l, int32_t m, int32_t n) {
  return (int32_t)(U(a) + U(b) + U(c) + U(d) + U(e) + U(f) + U(g) + U(h) + U(i) + U(j) + U(k) +
                   U(l) + U(m) + U(n));
}
EXPORT int32_t args15(int32_t a, int32_t b, int32_t c, int32_t d, int32_t e, int32_t f, int32_t g,
                      int32_t h, int32_t i, int32_t j, int32_t k, int32_t l, int32_t m, int32_t n,
                      int32_t o) {
  return (int32_t)(U(a) + U(b) + U(c) + U(d) + U(e) + U(f) + U(g) + U(h) + U(i) + U(j) + U(k) +
                   U(l) + U(m) + U(n) + U(o));
}
EXPORT int32_t args16(int32_t a, int32_t b, int32_t c, int32_t d, int32_t e, int32_t f, int32_t g,
                      int32_t h, int32_t i, int32_t j, int32_t k, int32_t l, int32_t m, int32_t n,
                      int32_t o, int32_t p) {
  return (int32_t)(U(a) + U(b) + U(c) + U(d) + U(e) + U(f) + U(g) + U(h) + U(i) + U(j) + U(k) +
                   U(l) + U(m) + U(n) + U(o) + U(p));
}
