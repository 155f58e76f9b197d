#!/usr/bin/env python3
"""The lab cells of the lesson notebooks: after each lesson's "## Exercise" cell, an introduction,
the lab's starter code (read from labs/<lab>/starter/*.cs) and a check cell that runs the lab's
checks (LabKit) and shows PASS or FAIL per step.

  python3 eng/lab-cells.py            write the cells into every lesson that has a lab
  python3 eng/lab-cells.py 06 12      only those lessons
  python3 eng/lab-cells.py --check    change nothing; exit 1 if a lesson lacks its lab cells or its
                                      starter cell differs from labs/<lab>/starter (labs-prove runs it)

Writing replaces the cells this script added before (ids starting with "lab-"). Cells whose text
did not change keep their outputs; re-execute the lessons it touched with
`eng/nbrun.sh run notebooks/NN-*.ipynb`.
"""
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# notebook prefix, lab folder, what to call in the check cell, one line about the exercise
LABS = [
    ('01', '01-first-call', 'await FirstCallLab.CheckAsync(new MyFirstCall())',
     'In `MyFirstCall`, make a first gRPC call with the generated client (`NOT_FOUND` becomes `null`, any other status reaches the caller), measure a user as protobuf and as JSON with the real serializers, and predict for which of three users protobuf saves the most. The checks run your code against their own in-process server and measure the three users.'),
    ('02', '02-generated-code', 'await GeneratedCodeLab.CheckAsync(new MyGeneratedCode())',
     'Fill in `MyGeneratedCode`: build a `User`, copy it with `Clone`, write and read proto3 JSON, and round-trip the binary format.'),
    ('03', '03-wire-encoding', 'await WireEncodingLab.CheckAsync(new MyWireEncoder())',
     'Encode protobuf by hand in `MyWireEncoder`: varints, tags, ZigZag and a whole `User`. The checks compare your bytes with Google.Protobuf\'s.'),
    ('04', '04-lists-maps-presence', 'await ListsMapsPresenceLab.CheckAsync(new MyListsMapsPresence())',
     'In `MyListsMapsPresence`, write by hand a packed `int32` list, the same list as `sint32`, a map and the `optional` fields of `Presence`, then predict what two concatenated accounts parse to. The checks compare your bytes with Google.Protobuf\'s and your prediction with what it parses.'),
    ('05', '05-schema-evolution', 'await SchemaEvolutionLab.CheckAsync(new MyEvolution())',
     'In `MyEvolution`, sort ten schema changes into safe and breaking, let an old (v1) program change a v2 profile without losing its new fields, and predict what a "v3" reader sees.'),
    ('06', '06-unary', 'await UnaryLab.CheckAsync(users => new MyUnaryService(users))',
     'Write `MyUnaryService.GetUser`: return the user, answer NOT_FOUND and INVALID_ARGUMENT, and require the API key of this lesson\'s exercise.'),
    ('07', '07-server-streaming', 'await ServerStreamingLab.CheckAsync((users, updates) => new MyStreamingService(users, updates))',
     'Write `MyStreamingService.ListUsers`: the stored users after a cursor, then the live updates of this lesson\'s exercise, until the client cancels.'),
    ('08', '08-client-streaming', 'await ClientStreamingLab.CheckAsync(store => new MyUploadService(store))',
     'Write `MyUploadService.CreateUsers`: store an upload all-or-nothing, with INVALID_ARGUMENT for a user without a name and ALREADY_EXISTS for a duplicate email (this lesson\'s exercise).'),
    ('09', '09-bidirectional-streaming', 'await BidirectionalLab.CheckAsync(() => new MyChatService())',
     'Turn `MyChatService` into the chat room of this lesson\'s exercise: every message goes to every connected call as soon as it arrives.'),
    ('10', '10-errors-and-auth', 'await ErrorsLab.CheckAsync(store => new MyErrorsService(store), () => new MyAuthInterceptor())',
     'Give `MyErrorsService` the right status codes and write `MyAuthInterceptor`, which admits callers by bearer token: UNAUTHENTICATED for strangers, PERMISSION_DENIED for a reader who tries to write.'),
    ('11', '11-rich-errors', 'await RichErrorsLab.CheckAsync(users => new MyRichErrorsService(users))',
     'Give `MyRichErrorsService.GetUser` the rich error of this lesson\'s exercise: for an invalid id, a `google.rpc.Status` with a `BadRequest` naming `user_id` and an `ErrorInfo` beside it.'),
    ('12', '12-http2-wire', 'await GrpcWireLab.CheckAsync(new MyGrpcWire())',
     'Write the four methods of `MyGrpcWire` of this lesson\'s exercise: split a real request body into its length-prefixed messages, gzip only the large messages of an upload, write a `grpc-timeout` value, and send metadata whose values stay ASCII. The checks send real calls to an in-process server (no port) that keeps each request\'s headers and raw body.'),
    ('13', '13-measuring', 'await MeasuringLab.CheckAsync(new MyMeasurements())',
     'Fill in `MyMeasurements` with the four measurements of this lesson\'s exercise: predict both payload sizes of a user with long strings, serialize into a reused buffer without allocating, time calls after a warm-up (median and p99), and keep 8 calls in flight on one channel. The checks count bytes, allocations, exact samples on a fake clock and the calls an in-process server (no port) sees at once, never milliseconds, so they give the same result on any machine.'),
    ('14', '14-service-design', 'await ServiceDesignLab.CheckAsync(catalog => new MyUserAdapter(catalog))',
     'Finish `MyUserAdapter`, the gRPC adapter over a domain catalog: translate results and exceptions to status codes and make `CreateUsers` idempotent with an `idempotency-key` header (this lesson\'s exercise). The checks are unit tests with `TestServerCallContext` and an integration test.'),
    ('15', '15-health-checks', 'await HealthLab.CheckAsync(MyHealthChecks.Add)',
     'Put the health checks of this lesson\'s exercise in `MyHealthChecks.Add`: `course.Reports` follows the reports store, and the store being down leaves `user_service.UserService` SERVING. The checks host them on an in-process test server (no port, no TLS) with the standard `grpc.health.v1` service.'),
    ('16', '16-authorization', 'await AuthLab.CheckAsync(MyAdultPolicy.Configure, MyAdultPolicy.ExtraClaimsForAge)',
     'Write the policy `Adult` of this lesson\'s exercise in `MyAdultPolicy` and put the age in the token: no token is UNAUTHENTICATED, under 18 (or no age) is PERMISSION_DENIED, 18 and over is OK. The checks validate real JWTs on an in-process test server (no port, no TLS).'),
    ('17', '17-rest-client', 'await RestLab.CheckAsync(MyRestClient.NamesViaRest)',
     'Write `MyRestClient.NamesViaRest` of this lesson\'s exercise as a client that knows nothing of gRPC: parse each user\'s proto3 JSON into a `User`, answer `(not found)` for a 404, and keep working when a newer server adds a field. The checks give your function an `HttpClient` for an in-process endpoint that answers as the transcoding server above does (no port, no TLS).'),
    ('18', '18-retry-policy', 'await RetryLab.CheckAsync(MyRetryConfig.Create)',
     'Write the service config of this lesson\'s exercise in `MyRetryConfig.Create`: ride out 3 UNAVAILABLE answers with as few attempts as possible, and retry nothing but UNAVAILABLE. The checks count the attempts an in-process flaky server sees.'),
]


def lines(text):
    parts = text.split('\n')
    return [p + '\n' for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def starter_code(lab):
    usings, bodies = [], []
    for path in sorted(glob.glob(os.path.join(ROOT, 'labs', lab, 'starter', '*.cs'))):
        text = open(path, encoding='utf-8').read()
        body = []
        for line in text.split('\n'):
            if line.startswith('using ') and line not in usings:
                usings.append(line)
            elif line.startswith('using ') or re.match(r'^namespace [\w.]+;$', line):
                continue
            else:
                body.append(line)
        bodies.append('\n'.join(body).strip('\n'))
    if 'using GrpcTutorial.Labs;' not in usings:
        usings.append('using GrpcTutorial.Labs;')
    return '#r "lib/GrpcTutorial.LabKit.dll"\n' + '\n'.join(usings) + '\n\n' + '\n\n'.join(bodies) + '\n'


def code_cell(cell_id, source):
    return {'cell_type': 'code', 'execution_count': None, 'id': cell_id,
            'metadata': {'polyglot_notebook': {'kernelName': 'csharp'}}, 'outputs': [], 'source': lines(source.rstrip('\n'))}


def markdown_cell(cell_id, source):
    return {'cell_type': 'markdown', 'id': cell_id, 'metadata': {}, 'source': lines(source.rstrip('\n'))}


def lab_cells(lab, check, about):
    text = (f'### Check your work\n\n{about}\n\n'
            f'Edit the code in the next cell, run it, then run the check cell: it runs the same checks as the lab '
            f'`labs/{lab}` (`dotnet test labs/{lab}` or `./labs.sh check {lab}`) and shows PASS or FAIL for each step, '
            f'with a hint and the section to re-read. As committed, the class is the lab\'s starter, so every step that '
            f'still has work to do shows FAIL.')
    return [markdown_cell(f'lab-{lab[:2]}-intro', text),
            code_cell(f'lab-{lab[:2]}-starter', starter_code(lab)),
            code_cell(f'lab-{lab[:2]}-check', check)]


def exercise_end(cells):
    """The index after the last "## Exercise" cell and the exercise's own code cells, or None."""
    exercise = [i for i, c in enumerate(cells) if c['cell_type'] == 'markdown' and ''.join(c['source']).lstrip().startswith('## Exercise')]
    if not exercise:
        return None
    at = exercise[-1] + 1
    while at < len(cells) and cells[at]['cell_type'] == 'code' and cells[at].get('id', '').startswith('exercise'):
        at += 1
    return at


def notebook_path(prefix):
    matches = sorted(glob.glob(os.path.join(ROOT, 'notebooks', prefix + '-*.ipynb')))
    return matches[0] if matches else None


def write(prefix, lab, check, about):
    path = notebook_path(prefix)
    if path is None:
        sys.exit(f'lab-cells: no notebook notebooks/{prefix}-*.ipynb for labs/{lab}')
    with open(path, encoding='utf-8') as f:
        notebook = json.load(f)
    previous = {c['id']: c for c in notebook['cells'] if c.get('id', '').startswith('lab-')}
    cells = [c for c in notebook['cells'] if not c.get('id', '').startswith('lab-')]
    at = exercise_end(cells)
    if at is None:
        sys.exit(f'lab-cells: {os.path.relpath(path, ROOT)} has no "## Exercise" cell')
    new = lab_cells(lab, check, about)
    # When none of the three cells changed, they keep their outputs from the last execution.
    if all(c['id'] in previous and previous[c['id']]['source'] == c['source'] for c in new):
        new = [previous[c['id']] for c in new]
    cells[at:at] = new
    notebook['cells'] = cells
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(notebook, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print(f'{os.path.relpath(path, ROOT)}: lab cells for labs/{lab} after cell {at - 1} ({cells[at - 1]["id"]})')


def check(prefix, lab, check_call, about):
    """Prints one ok/FAIL line; returns True when the notebook holds the lab's cells as written."""
    path = notebook_path(prefix)
    name = f'notebooks/{prefix}-*.ipynb' if path is None else os.path.relpath(path, ROOT)
    if path is None:
        print(f'FAIL  lesson {prefix}: no notebook for labs/{lab}')
        return False
    with open(path, encoding='utf-8') as f:
        cells = json.load(f)['cells']
    at = exercise_end([c for c in cells if not c.get('id', '').startswith('lab-')])
    expected = lab_cells(lab, check_call, about)
    actual = cells[at:at + 3] if at is not None else []
    for want, got in zip(expected, actual + [None] * 3):
        if got is None or got.get('id') != want['id']:
            print(f'FAIL  {name}: cell "{want["id"]}" is not right after the exercise; run python3 eng/lab-cells.py {prefix}')
            return False
        if got['source'] != want['source']:
            what = 'the starter differs from labs/' + lab + '/starter' if want['id'].endswith('starter') else 'its text differs'
            print(f'FAIL  {name}: cell "{want["id"]}": {what}; run python3 eng/lab-cells.py {prefix}, then eng/nbrun.sh run {name}')
            return False
    print(f'ok    {name}: the exercise is followed by the check cells of labs/{lab}, with its starter code')
    return True


def main(args):
    if args and args[0] == '--check':
        results = [check(*entry) for entry in LABS]
        listed = {entry[0] for entry in LABS}
        for path in sorted(glob.glob(os.path.join(ROOT, 'notebooks', '[0-9][0-9]-*.ipynb'))):
            prefix = os.path.basename(path)[:2]
            with open(path, encoding='utf-8') as f:
                has_exercise = exercise_end(json.load(f)['cells']) is not None
            if has_exercise and prefix not in listed:
                print(f'FAIL  {os.path.relpath(path, ROOT)}: the lesson has an exercise but no lab checks it (add it to LABS in eng/lab-cells.py)')
                results.append(False)
        return 0 if all(results) else 1
    chosen = [entry for entry in LABS if not args or entry[0] in args]
    for prefix in args:
        if not any(entry[0] == prefix for entry in LABS):
            sys.exit(f'lab-cells: no lab is listed for lesson {prefix}')
    for entry in chosen:
        write(*entry)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
