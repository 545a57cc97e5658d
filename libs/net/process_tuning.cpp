#include "net/process_tuning.h"

#include <malloc.h>
#include <sys/resource.h>

namespace lifeline::net {

void tuneProcessForNetworking()
{
    ::mallopt(M_MMAP_THRESHOLD, 8 * 1024 * 1024);
    ::mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    if (rlimit limit{}; ::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

}  // namespace lifeline::net
