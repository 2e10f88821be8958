import ShiryoCommandLine
import ShiryoKit

ShiryoCommandLine.main(registry: .builtIn)
