// The machine's limits, measured where the peers are: STREAM triad bandwidth (a[i] = b[i] +
// s*c[i] over arrays far larger than the last-level cache) and f32 FMA peak (independent
// accumulator chains in the widest vectors the compiler targets with -march=native).
// Usage: limits [threads]   (OpenMP; pin with taskset). Prints "triad_gbs <x>" and
// "fma_gflops <y>".
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

#define N (1 << 25) /* 32M floats per array: 128 MiB each */
#define REPS 7

typedef float v16 __attribute__((vector_size(64)));

int main(int argc, char **argv) {
    int threads = argc > 1 ? atoi(argv[1]) : 1;
    omp_set_num_threads(threads);
    float *a = aligned_alloc(64, sizeof(float) * N), *b = aligned_alloc(64, sizeof(float) * N),
          *c = aligned_alloc(64, sizeof(float) * N);
#pragma omp parallel for
    for (long i = 0; i < N; i++) { a[i] = 0; b[i] = 1; c[i] = 2; }
    double t[REPS];
    for (int r = 0; r < REPS; r++) {
        double t0 = now();
#pragma omp parallel for
        for (long i = 0; i < N; i++) a[i] = b[i] + 3.0f * c[i];
        t[r] = now() - t0;
    }
    qsort(t, REPS, sizeof(double), cmp);
    printf("triad_gbs %.2f\n", 3.0 * sizeof(float) * N / t[REPS / 2] / 1e9);
    // FMA peak: 12 independent vector chains per thread.
    long iters = 20000000;
    for (int r = 0; r < REPS; r++) {
        double t0 = now();
        float sink = 0;
#pragma omp parallel reduction(+ : sink)
        {
            v16 acc[12];
            v16 x = {0}, y = {0};
            for (int k = 0; k < 16; k++) { x[k] = 1.0000001f; y[k] = 1e-7f * (omp_get_thread_num() + 1); }
            for (int j = 0; j < 12; j++) acc[j] = y * (float)(j + 1);
            for (long i = 0; i < iters; i++)
                for (int j = 0; j < 12; j++) acc[j] = acc[j] * x + y;
            for (int j = 0; j < 12; j++) sink += acc[j][0];
        }
        t[r] = now() - t0;
        if (sink == 42) printf("%f", sink);
    }
    qsort(t, REPS, sizeof(double), cmp);
    printf("fma_gflops %.1f\n", 2.0 * 16 * 12 * iters * threads / t[REPS / 2] / 1e9);
    free(a); free(b); free(c);
    return 0;
}
