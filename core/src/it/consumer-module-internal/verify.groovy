// The build failed (invoker.buildResult = failure); make sure it failed because the module
// system kept the internal package out, not because of a broken setup.
def log = new File(basedir, 'build.log').text
assert log.contains('package io.github.lympha.style is not visible') :
    'expected javac to refuse the unexported package io.github.lympha.style; see build.log'
return true
