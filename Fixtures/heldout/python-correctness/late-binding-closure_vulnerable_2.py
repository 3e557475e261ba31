"""Schedule report jobs for each department; the jobs run later on a thread pool."""
from concurrent.futures import ThreadPoolExecutor


def export(dept, fmt):
    return f"{dept}.{fmt}"


def make_jobs(departments, formats):
    jobs = []
    for dept in departments:
        for fmt in formats:
            def job():
                return export(dept, fmt)  # expect: late-binding-closure
            jobs.append(job)
    return jobs


def make_validators(limits):
    validators = {}
    for field_name, limit in limits.items():
        def check(value):
            if len(value) > limit:  # expect: late-binding-closure
                raise ValueError(f"{field_name} too long")  # expect: late-binding-closure
            return value
        validators[field_name] = check
    return validators


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(job) for job in make_jobs(["sales", "hr"], ["csv", "pdf"])]
        print([f.result() for f in futures])
    print(make_validators({"name": 20, "city": 30})["name"]("Ada"))
